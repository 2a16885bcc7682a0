"""Policy files and PHIGATE_* settings: errors name the file, line, field and what is valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from phigate.config import SETTINGS, Settings, load_policy, parse_policy
from phigate.errors import ConfigError
from phigate.policy import EmbeddedModel, Policy, UpstreamModel

GOOD = """\
apps:
  storefront-chat:
    models: [local-default, clinic-vllm]
    limits: {requests_per_minute: 60, tokens_per_minute: 10000}
models:
  local-default: {backend: embedded}
  clinic-vllm: {backend: upstream, url: "http://10.0.4.12:8000/v1", region: eu-central}
egress:
  allow: ["127.0.0.0/8", "10.0.0.0/8", "vllm.internal"]
"""


def test_good_policy_loads() -> None:
    policy = parse_policy(GOOD)
    assert isinstance(policy.models["local-default"], EmbeddedModel)
    assert isinstance(policy.models["clinic-vllm"], UpstreamModel)
    assert policy.apps["storefront-chat"].limits.requests_per_minute == 60
    assert len(policy.sha256()) == 64 and policy.sha256() == parse_policy(GOOD).sha256()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            GOOD.replace("    limits:", "    limts:"),
            [
                "policy.yaml:4:",
                "apps.storefront-chat.limts",
                "unknown field",
                "valid fields:",
                "limits",
            ],
        ),
        (
            GOOD.replace("region: eu-central", "regoin: eu-central"),
            ["policy.yaml:7:", "regoin", "valid fields:", "api_key_env"],
        ),
        (
            GOOD.replace("backend: embedded", "backend: gpu"),
            ["policy.yaml:6:", "models.local-default", "'embedded'", "'upstream'"],
        ),
        (
            GOOD.replace("requests_per_minute: 60", "requests_per_minute: lots"),
            ["policy.yaml:4:", "requests_per_minute", "integer"],
        ),
        (GOOD.replace("[local-default, clinic-vllm]", "[local-default, gpt-4]"), ["unknown model", "gpt-4"]),
        (GOOD.replace('url: "http://10.0.4.12:8000/v1"', 'url: "ftp://x"'), ["policy.yaml:7:", "url"]),
        ("apps: {a: {}}\n", ["models", "required field is missing"]),
        ("apps: [\n", ["policy.yaml:", "not valid YAML"]),
        ("", ["empty"]),
        ("- a\n- b\n", ["must be a mapping"]),
        (GOOD + "apps: {}\n", ["policy.yaml:10:", "'apps' is given twice"]),
    ],
)
def test_bad_policy_errors_are_specific(text: str, expected: list[str]) -> None:
    with pytest.raises(ConfigError) as err:
        parse_policy(text, "policy.yaml")
    for piece in expected:
        assert piece in err.value.message, err.value.message


def test_custom_gguf_needs_a_hash() -> None:
    with pytest.raises(ConfigError, match="sha256"):
        parse_policy("apps: {a: {models: [m]}}\nmodels:\n  m: {backend: embedded, path: /models/x.gguf}\n")


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.yaml"):
        load_policy(tmp_path / "nope.yaml")


def test_default_policy_has_one_app_on_the_embedded_model() -> None:
    policy = Policy.default()
    assert list(policy.apps) == ["default"]
    assert policy.apps["default"].models == ["local-default"]
    assert isinstance(policy.models["local-default"], EmbeddedModel)
    assert policy.server.host == "127.0.0.1" and policy.server.cors_origins == []


def test_env_overrides_and_flag_precedence(tmp_path: Path) -> None:
    env = {"PHIGATE_DATA_DIR": str(tmp_path), "PHIGATE_PORT": "9999", "PHIGATE_HOST": "127.0.0.2"}
    s = Settings.from_env(env)
    assert s.data_dir == tmp_path and s.port == 9999
    assert s.policy().server.port == 9999 and s.policy().server.host == "127.0.0.2"
    assert Settings.from_env(env, port=7777).policy().server.port == 7777


@pytest.mark.parametrize(
    ("env", "says"),
    [({"PHIGATE_PROT": "1"}, "PHIGATE_PROT"), ({"PHIGATE_PORT": "eighty"}, "PHIGATE_PORT='eighty'")],
)
def test_bad_environment_is_refused(env: dict[str, str], says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        Settings.from_env(env)


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for setting in SETTINGS:
        assert f"`{setting.env}`" in readme, f"{setting.env} is not in the README's configuration reference"


def test_every_settings_field_is_a_declared_setting() -> None:
    import dataclasses

    assert {f.name for f in dataclasses.fields(Settings)} == {s.name for s in SETTINGS}


def test_yaml_off_for_a_guard_means_off() -> None:
    policy = parse_policy(
        "apps: {a: {models: [m], guards: {prompt_injection: off}}}\nmodels:\n  m: {backend: embedded}\n"
    )
    assert policy.apps["a"].guards["prompt_injection"] == "off"


def test_guard_actions_are_checked_per_guard() -> None:
    with pytest.raises(ConfigError, match="exfil_links' takes strip or off"):
        parse_policy("apps: {a: {models: [m], guards: {exfil_links: block}}}\nmodels:\n  m: {backend: embedded}\n")
    with pytest.raises(ConfigError, match="unknown guard 'pii'"):
        parse_policy("apps: {a: {models: [m], guards: {pii: block}}}\nmodels:\n  m: {backend: embedded}\n")
