from pathlib import Path

import pytest

from builder.config import load_config
from builder.errors import UserError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_and_paths_relative_to_the_file(tmp_path):
    config = load_config(write(tmp_path, 'title = "站"\n'))
    assert config.title == "站"
    assert config.content_path == tmp_path.resolve() / "content"
    assert config.output_path == tmp_path.resolve() / "public"
    assert config.base_path == "/"


def test_base_url_with_a_sub_path(tmp_path):
    config = load_config(write(tmp_path, 'base_url = "https://user.github.io/repo"\n'))
    assert config.base_path == "/repo/"


def test_extraction_options(tmp_path):
    config = load_config(write(tmp_path, '[extract]\ntopics_per_article = 3\nstopwords = ["工作"]\n'))
    assert config.extract.topics_per_article == 3
    assert config.extract.stopwords == ["工作"]


def test_unknown_key_is_named(tmp_path):
    with pytest.raises(UserError, match="unknown key 'titel'"):
        load_config(write(tmp_path, 'titel = "x"\n'))


def test_unknown_nested_key_is_named(tmp_path):
    with pytest.raises(UserError, match="'extract.topics'"):
        load_config(write(tmp_path, "[extract]\ntopics = 3\n"))


def test_every_error_is_reported_at_once(tmp_path):
    with pytest.raises(UserError) as err:
        load_config(write(tmp_path, 'title = 3\nrelated_articles = "five"\nbase_url = "ftp:x"\n'))
    message = str(err.value)
    assert "3 problems" in message
    assert "'title' must be a string" in message
    assert "'related_articles' must be a whole number" in message
    assert "'base_url'" in message


def test_invalid_toml_names_the_line(tmp_path):
    path = write(tmp_path, 'title = "ok"\nbase_url = \n')
    with pytest.raises(UserError) as err:
        load_config(path)
    assert err.value.line == 2
    assert str(path) in str(err.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(UserError, match="no such config file"):
        load_config(tmp_path / "nope.toml")
