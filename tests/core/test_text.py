from guinet.core.text import excerpt


def test_short_values_are_quoted_whole():
    assert excerpt("abc") == "'abc'"
    assert excerpt(12) == "'12'"


def test_long_values_are_cut_and_say_their_length():
    out = excerpt("x" * 50_000_000, limit=10)
    assert out == "'xxxxxxxxxx'... (50,000,000 characters)"


def test_unprintable_values_come_out_escaped_and_encodable():
    out = excerpt("caf\ud800\x00")
    out.encode("utf-8")  # raises if a lone surrogate slipped through
    assert "\\ud800" in out and "\\x00" in out
