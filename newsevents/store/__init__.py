"""Storage: documents and their records in DuckDB (and the shared row contract in ``rows``)."""
