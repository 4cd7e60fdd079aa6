"""The layer contract beyond what import-linter checks: settings modules define sections
from the ground layer only, and the job config only composes settings."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "platform" / "medadapt"
GROUND = {"medadapt.section", "medadapt.errors", "medadapt.records"}
SETTINGS = sorted(PACKAGE.glob("*/settings.py"))


def medadapt_imports(path: Path) -> set[str]:
    """Every `medadapt.*` module a file imports, at any depth (lazy imports included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("medadapt")}


def test_every_package_with_a_stage_has_its_settings_module():
    names = {path.parent.name for path in SETTINGS}
    assert names >= {"synth", "ingest", "deid", "corpus", "train", "tune", "evaluate"}


@pytest.mark.parametrize("path", SETTINGS, ids=lambda p: p.parent.name)
def test_settings_import_only_the_ground_and_other_settings(path):
    bad = {m for m in medadapt_imports(path) if m not in GROUND and not m.endswith(".settings")}
    assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_config_only_composes_settings():
    bad = {m for m in medadapt_imports(PACKAGE / "config.py")
           if m not in GROUND and not m.endswith(".settings")}
    assert not bad, f"config.py imports {sorted(bad)}"


def test_a_pure_module_that_imports_ray_breaks_the_contract(tmp_path):
    """The contract can fail: a copy of the package with `import ray` in corpus/ is refused."""
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "medadapt"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "corpus" / "sneaky.py").write_text("import ray\n")
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    config = tmp_path / "pyproject.toml"
    config.write_text(pyproject.read_text(encoding="utf-8"), encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(config), "--no-cache"],
                            cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0
    assert "Ray only at the edges BROKEN" in result.stdout
    assert "medadapt.corpus.sneaky" in result.stdout
