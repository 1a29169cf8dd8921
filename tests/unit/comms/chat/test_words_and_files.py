"""What a message is findable by, and how attachment names and types are normalised."""

from __future__ import annotations

import pytest

from callvault.comms.chat.attachments import clean_content_type, clean_filename
from callvault.comms.chat.errors import InvalidAttachment, InvalidQuery
from callvault.comms.chat.search import query_tokens, words


def test_words_are_normalised_distinct_and_bounded() -> None:
    assert words("Hello, HELLO wörld! a 42 ﬁle") == ["hello", "wörld", "42", "file"]
    assert words("x" * 33) == []  # longer than any word worth indexing
    assert len(words(" ".join(f"w{i}" for i in range(2000)))) == 500


def test_a_query_needs_a_word() -> None:
    class Cipher:
        def blind_index(self, value: str, *, field: str) -> str:
            return f"{field}:{value}"

    assert query_tokens(Cipher(), "Big Deal") == ["chat.word:big", "chat.word:deal"]  # type: ignore[arg-type]
    with pytest.raises(InvalidQuery):
        query_tokens(Cipher(), "! ?")  # type: ignore[arg-type]


def test_file_names_lose_paths_and_refuse_control_characters() -> None:
    assert clean_filename("C:\\Users\\me\\report.pdf") == "report.pdf"
    assert clean_filename("../../etc/passwd") == "passwd"
    assert clean_filename(" Résumé.docx ") == "Résumé.docx"
    for bad in ("", "..", "a\x00b", "line\nbreak", "x" * 256, "dir/"):
        with pytest.raises(InvalidAttachment):
            clean_filename(bad)


def test_content_types_are_plain_media_types() -> None:
    assert clean_content_type(None) == "application/octet-stream"
    assert clean_content_type("Text/Plain; charset=utf-8") == "text/plain"
    with pytest.raises(InvalidAttachment):
        clean_content_type("text/html\r\nx-evil: 1")
