"""The language identifier's state tables held as int arrays give the verdicts of py3langid's
own lists (``ingest/language._compact``: ~6.5 MB less per worker)."""

from __future__ import annotations

from array import array

import pytest

from newsevents.ingest import language

_TEXTS = [
    "The harbour board met on Tuesday and voted to close the old ferry pier for repairs, "
    "while fishermen from the northern villages asked the ministry to review the new quotas "
    "before the spring season opens.",
    "Le conseil municipal s'est réuni mardi soir pour voter la fermeture du vieux quai, et les "
    "pêcheurs des villages du nord ont demandé au ministère de revoir les quotas avant le "
    "printemps.",
    "Der Stadtrat hat am Dienstagabend beschlossen, den alten Fähranleger zu schließen, und die "
    "Fischer aus den nördlichen Dörfern baten das Ministerium, die Quoten zu überprüfen.",
    "El consejo municipal se reunió el martes y votó cerrar el viejo muelle, mientras los "
    "pescadores de los pueblos del norte pidieron al ministerio revisar las cuotas.",
    "Городской совет во вторник проголосовал за закрытие старого причала, а рыбаки из северных "
    "деревень попросили министерство пересмотреть квоты до начала весеннего сезона.",
    "PRC Director Wang Yi met Secretary Rubio; Wang Yi and Rubio discussed the Taiwan Strait, "
    "trade, fentanyl and the 2025 APEC meeting in Gyeongju with Director Wang Yi's staff.",
    "x" * 300,
]


def test_tables_are_int_arrays() -> None:
    identifier = language._identifier()
    assert isinstance(identifier._rowbase, array) and isinstance(identifier.tk_output, array)
    assert identifier._rowbase.itemsize == 4 and identifier.tk_output.itemsize == 4


@pytest.mark.parametrize("text", _TEXTS)
def test_same_verdict_as_py3langids_own_tables(text: str) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    assert isinstance(stock.tk_output, list)  # the layout _compact knows
    assert language._identifier().classify(text) == stock.classify(text)


def test_values_out_of_32_bits_stay_64_bit() -> None:
    wide = language._int_array([0, 1 << 40, -5])
    assert wide is not None and wide.itemsize == 8 and list(wide) == [0, 1 << 40, -5]
    assert language._int_array([1, "2"]) is None  # type: ignore[list-item]
