"""Splitting a document: sentences keep the tokens a sentence tokenised on its own would have."""

import pytest

from etl.text import split, tokenize

TEXTS = [
    "В Караганде задержали двоих. Изъято 1,5 кг гашиша и 300 г. героина.\nПо данным ДП, возбуждено дело.",
    "Изъято 40 тыс. USD! Ещё 2 кг — в гараже… Следствие идёт.",
    "Сумма 1\u200b500 кг. Второе предложение\u00adс переносом.\n\n  \nТретий абзац: «Цитата.» Конец",
    "т.е. 5 кг. А. Иванов задержан в 2024-м году.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_sentence_holds_the_tokens_of_its_own_text(text):
    for para in split(text):
        for sent in para.sentences:
            assert sent.tokens == tokenize(text[sent.start:sent.end], sent.start)
            assert all(sent.start <= t.start < t.end <= sent.end for t in sent.tokens)


def test_every_token_of_the_document_is_in_one_sentence():
    text = " ".join(TEXTS)
    dealt = [t for para in split(text) for s in para.sentences for t in s.tokens]
    assert dealt == tokenize(text)


@pytest.mark.parametrize(("text", "count"), [
    ("Тәркіленді. Қарағанды облысында 5 келі алынды. Өскеменде 3 келі алынды.", 3),  # Kazakh capitals
    ("Изъято 15 кг. - Во время рейда изъяли 24 куста.", 2),                          # a dash and a space
    ("Изъято 15 кг. — «Соль» нашли в машине.", 2),
    ("Изъято 15 кг. и ещё 2 кг.", 1),
])
def test_a_sentence_ends_before_a_capital_after_a_dash_or_in_kazakh(text, count):
    assert len(split(text)[0].sentences) == count
