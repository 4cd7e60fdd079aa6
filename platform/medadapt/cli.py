"""Command line: parse, validate, call a stage. No logic lives here.

`medadapt run JOB.yaml [a.b=v ...]` drives a whole job; each stage also has its own
subcommand for running it by hand. Heavy modules are imported inside the commands so
`--help` stays instant.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from medadapt.config import ConfigError, SynthConfig, UserError, load_job
from medadapt.stages import PLANNED

app = typer.Typer(
    name="medadapt",
    help="Adapt medical language models to Kazakh/Russian hospital records on Ray.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
JOB_PANEL, STAGE_PANEL, PLANNED_PANEL = "Jobs", "Stages", "Planned stages (not built yet)"


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        datefmt="%H:%M:%S",
        stream=sys.stderr,
    )


@app.command(rich_help_panel=JOB_PANEL)
def run(
    job_file: Annotated[Path, typer.Argument(help="job YAML, e.g. jobs/demo.yaml")],
    overrides: Annotated[list[str] | None, typer.Argument(help="a.b=v overrides")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Run a job's stages in order, skipping stages whose outputs are complete."""
    from medadapt.runner import run_job

    _setup_logging(verbose)
    try:
        job = load_job(job_file, overrides or [])
        reports = run_job(job)
    except UserError as err:
        _fail(str(err))
    table = Table(title=f"job {job.name}", show_lines=False)
    for column in ("stage", "status", "seconds", "summary", "output"):
        table.add_column(column)
    for rep in reports:
        summary = ", ".join(f"{k}={v}" for k, v in rep.summary.items())
        table.add_row(rep.name, rep.status, f"{rep.seconds:.1f}", summary, str(rep.directory))
    Console().print(table)
    print(f"outputs: {job.output_dir}")


@app.command(rich_help_panel=JOB_PANEL)
def validate(
    job_file: Annotated[Path, typer.Argument(help="job YAML")],
    overrides: Annotated[list[str] | None, typer.Argument(help="a.b=v overrides")] = None,
) -> None:
    """Validate a job file (with overrides) and print the resolved config; runs nothing."""
    try:
        job = load_job(job_file, overrides or [])
    except ConfigError as err:
        _fail(str(err))
    print(job.to_yaml(), end="")


@app.command(rich_help_panel=STAGE_PANEL)
def synth(
    out: Annotated[Path, typer.Option("--out", help="output directory (replaced atomically)")],
    patients: Annotated[int, typer.Option(help="number of patient records")] = 8,
    seed: Annotated[int, typer.Option(help="same seed -> same bytes")] = 0,
    pages: Annotated[str, typer.Option(help="pages per record, A..B")] = "3..6",
    languages: Annotated[str, typer.Option(help="comma list of ru,kk,mixed")] = "ru,kk,mixed",
    centers: Annotated[str, typer.Option(help="comma list of center folder names")] = (
        "almaty-cch4,astana-ncto"
    ),
    bad_files: Annotated[int, typer.Option("--bad-files", help="hostile files to add")] = 0,
    scanned: Annotated[int, typer.Option(help="records with an image-only page")] = 0,
) -> None:
    """Generate synthetic bilingual case-history PDFs with ground truth."""
    from pydantic import ValidationError

    from medadapt.config import validate_section

    raw = {
        "patients": patients,
        "seed": seed,
        "pages": pages,
        "languages": [x.strip() for x in languages.split(",") if x.strip()],
        "centers": [x.strip() for x in centers.split(",") if x.strip()],
        "bad_files": bad_files,
        "scanned": scanned,
    }
    try:
        cfg = validate_section(SynthConfig, raw, "synth options")
    except (ConfigError, ValidationError) as err:
        _fail(str(err))
    from medadapt.synth import generate_corpus

    summary = generate_corpus(cfg, out.expanduser().resolve())
    print(
        f"synth: {summary.n_records} records, {summary.n_pages} pages, "
        f"{summary.n_bad_files} bad files -> {summary.out_dir}"
    )


@app.command(rich_help_panel=STAGE_PANEL)
def ingest(
    inputs: Annotated[list[str], typer.Option("--input", help="folder, glob, list file or URI; "
                                              "repeat for more")],
    output: Annotated[Path, typer.Option("--output", help="output directory")],
    center: Annotated[str | None, typer.Option(help="center for every file (default: "
                                               "first-level subfolder)")] = None,
    workers: Annotated[int, typer.Option(help="parallel extraction workers")] = 2,
    timeout: Annotated[float, typer.Option(help="per-file limit in seconds")] = 120.0,
    ocr: Annotated[bool, typer.Option(help="OCR image-only pages with Tesseract")] = True,
    key_file: Annotated[Path | None, typer.Option(help="de-identification secret file")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Extract, clean and de-identify PDFs into Parquet shards with a manifest (Ray Data)."""
    from medadapt.config import DeidConfig, IngestConfig, validate_section
    _setup_logging(verbose)
    try:
        cfg = validate_section(IngestConfig, {"workers": workers, "timeout_s": timeout,
                                              "ocr": ocr}, "ingest options")
        deid = validate_section(DeidConfig, {"key_file": key_file}, "deid options")
        from medadapt.pipelines.ingest import run_ingest

        summary = run_ingest(inputs, output.expanduser().resolve(), cfg, deid, center)
    except UserError as err:
        _fail(str(err))
    statuses = ", ".join(f"{k}={v}" for k, v in summary.statuses.items())
    for note in summary.notes:
        print(f"note: {note}")
    print(f"ingest: {summary.files} files ({summary.new_files} new) | {statuses}")
    print(f"ingest: {summary.pages} pages, {summary.pages_ocr} OCR pages, "
          f"{summary.pages_per_s:.1f} pages/s, leak scan: {summary.leaks} findings "
          f"-> {summary.output}")


@app.command(rich_help_panel=STAGE_PANEL)
def deid(
    input: Annotated[Path, typer.Option("--input", help='JSONL lines {"id","text","patient"?}')],
    output: Annotated[Path, typer.Option("--output", help="JSONL with text and spans")],
    key_file: Annotated[Path | None, typer.Option(help="secret file (default: "
                                                  "$MEDADAPT_DEID_SECRET, else "
                                                  "~/.config/medadapt/deid.key)")] = None,
    ner: Annotated[bool, typer.Option(help="natasha NER on name-cue windows")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """De-identify JSONL documents: consistent surrogates, shifted dates, spans on input."""
    from medadapt.deid import Deidentifier, DeidInputError, deidentify_jsonl, load_secret

    _setup_logging(verbose)
    if not input.is_file():
        _fail(f"--input {input}: no such file")
    try:
        source = load_secret(key_file)
        counts = deidentify_jsonl(input, output, Deidentifier(source.secret, use_ner=ner))
    except (DeidInputError, OSError, ValueError) as err:
        _fail(str(err))
    by_label = ", ".join(f"{k}={v}" for k, v in counts["spans_by_label"].items())
    print(f"deid: {counts['documents']} documents, {counts['spans']} spans ({by_label}) "
          f"-> {output}")


@app.command(rich_help_panel=STAGE_PANEL)
def corpus(
    input: Annotated[Path, typer.Option("--input", help="ingest output directory")],
    output: Annotated[Path, typer.Option("--output", help="corpus output directory")],
    overrides: Annotated[list[str] | None, typer.Argument(
        help="corpus settings as key=v, e.g. max_tokens=2048 seed=3 'mix={kk: 1, ru: 1}'")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Orthopedic fields per patient, bilingual ChatML dialogues, patient-level split."""
    from medadapt.config import CorpusConfig, apply_overrides, validate_section
    from medadapt.corpus.build import build_corpus

    _setup_logging(verbose)
    try:
        raw = apply_overrides({}, overrides or [])
        cfg = validate_section(CorpusConfig, raw, "corpus options")
        summary = build_corpus(input.expanduser().resolve(), output.expanduser().resolve(), cfg)
    except UserError as err:
        _fail(str(err))
    splits = ", ".join(f"{s}={sum(v.values())}" for s, v in summary["dialogues_by_split"].items())
    print(f"corpus: {summary['patients']} patients, {summary['dialogues']} dialogues ({splits}), "
          f"{sum(summary['removed'].values())} removed by filters, leak scan: "
          f"{summary['leak_scan']['findings']} findings -> {output}")


def _run_job_stage(config: Path, overrides: list[str] | None, verbose: bool, stage: str):
    """One stage of a job file through the runner (skip-when-complete, resume)."""
    from medadapt.runner import run_job

    _setup_logging(verbose)
    try:
        job = load_job(config, overrides or [])
        return job, run_job(job.model_copy(update={"stages": [stage]}))
    except UserError as err:
        _fail(str(err))


@app.command(rich_help_panel=STAGE_PANEL)
def train(
    config: Annotated[Path, typer.Option("--config", help="job YAML with a train section")],
    overrides: Annotated[list[str] | None, typer.Argument(help="a.b=v overrides")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """LoRA/DoRA/QLoRA fine-tuning on Ray Train + DeepSpeed (the job's train stage alone)."""
    _, reports = _run_job_stage(config, overrides, verbose, "train")
    for rep in reports:
        shown = ", ".join(f"{k}={v}" for k, v in rep.summary.items())
        print(f"train: {rep.status} {shown} -> {rep.directory}")


@app.command(rich_help_panel=STAGE_PANEL)
def tune(
    config: Annotated[Path, typer.Option("--config", help="job YAML with train + tune sections")],
    overrides: Annotated[list[str] | None, typer.Argument(help="a.b=v overrides")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Parallel LoRA search on Ray Tune (ASHA); re-running resumes the same experiment."""
    import json

    from medadapt.tune.outputs import SUMMARY

    job, _ = _run_job_stage(config, overrides, verbose, "tune")
    summary = json.loads((job.stage_dir("tune") / SUMMARY).read_text(encoding="utf-8"))
    print(f"tune: {summary['trials']} trials ({summary['completed']} completed, "
          f"{summary['stopped']} stopped early, {summary['error']} failed), "
          f"{summary['steps_run']} of {summary['steps_full_grid']} steps run")
    if summary["best_trial"]:
        print(f"best: {summary['best_trial']} {summary['metric']}="
              f"{summary['best_objective']:.4f} {summary['best_config']}")
        print(f"train it: medadapt run {job.stage_dir('tune') / 'best.yaml'}")


@app.command(name="eval", rich_help_panel=STAGE_PANEL)
def eval_(
    model: Annotated[str, typer.Option(help="'tiny', hub id or local path of the base model")],
    items: Annotated[str, typer.Option(help="CSV/JSONL/Parquet with KazMMLU columns, a hub "
                                       "dataset id, or 'synth'")],
    output: Annotated[Path, typer.Option(help="output directory")],
    adapter: Annotated[list[str] | None, typer.Option(
        help="LoRA adapter [NAME=]PATH; repeat to score several on one base")] = None,
    mode: Annotated[str, typer.Option(help="letter | generate | options")] = "letter",
    with_base: Annotated[bool, typer.Option(help="also score the base model")] = False,
    overrides: Annotated[list[str] | None, typer.Argument(
        help="further eval settings as key=v, e.g. subset=... limit=100 actors=2")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Score a model (and adapters) on KazMMLU-format items: predictions + metrics with CIs."""
    from medadapt.config import apply_overrides
    from medadapt.evaluate.stage import eval_command

    _setup_logging(verbose)
    try:
        options = apply_overrides({}, overrides or [])
        summary = eval_command(model, items, output, adapter, mode, with_base, options)
    except UserError as err:
        _fail(str(err))
    shown = ", ".join(f"{k}={v}" for k, v in summary.items())
    print(f"eval: {shown} -> {output}")


@app.command(rich_help_panel=STAGE_PANEL)
def report(
    runs: Annotated[list[Path], typer.Option("--runs", help="eval output directories; repeat")],
    output: Annotated[Path, typer.Option(help="report directory")],
    title: Annotated[str | None, typer.Option(help="report title")] = None,
) -> None:
    """Table-2-style Markdown/CSV and figures from eval runs (also logged to W&B offline)."""
    from medadapt.evaluate.stage import report_command

    try:
        summary = report_command(runs, output, {"title": title} if title else None)
    except UserError as err:
        _fail(str(err))
    print(f"report: {summary['rows']} rows, files: {', '.join(map(str, summary['files']))}")


CLUSTER_PANEL = "Cluster"
jobs_app = typer.Typer(help="Inspect and stop jobs submitted to a Ray cluster.",
                       no_args_is_help=True)
app.add_typer(jobs_app, name="jobs", rich_help_panel=CLUSTER_PANEL)
AddressOption = Annotated[str | None, typer.Option(
    "--address", help="Ray dashboard, e.g. http://HEAD:8265 (default: $RAY_ADDRESS)")]


@app.command(rich_help_panel=CLUSTER_PANEL)
def submit(
    job_file: Annotated[Path, typer.Argument(help="job YAML inside the project folder")],
    overrides: Annotated[list[str] | None, typer.Argument(help="a.b=v overrides")] = None,
    address: AddressOption = None,
    working_dir: Annotated[Path | None, typer.Option(help="folder uploaded as the job's "
                                                     "working dir (default: this project)")] = None,
    wait: Annotated[bool, typer.Option(help="follow the logs until the job ends")] = True,
) -> None:
    """Submit `medadapt run JOB.yaml` to a Ray cluster (Ray Jobs) and follow it."""
    from medadapt import jobs

    try:
        job_id = jobs.submit(job_file, overrides or [], address,
                             (working_dir or jobs.project_root()).resolve())
    except (ConfigError, ValueError) as err:
        _fail(str(err))
    except ConnectionError as err:
        _fail(f"cannot reach the Ray cluster at {jobs.resolve_address(address)} ({err})")
    print(f"submitted: {job_id}")
    if not wait:
        return
    outcome = jobs.follow(job_id, address)
    _report_outcome(outcome, address)


def _report_outcome(outcome, address: str | None) -> None:
    from medadapt import jobs

    print(f"job {outcome.job_id}: {outcome.status}")
    if outcome.exit_code:
        console.print(f"[bold red]job {outcome.status}:[/] {escape(outcome.message)}",
                      highlight=False)
        console.print(jobs.error_tail(jobs.logs(outcome.job_id, address)), markup=False,
                      highlight=False)
        raise typer.Exit(outcome.exit_code)


@jobs_app.command("status")
def jobs_status(job_id: str, address: AddressOption = None) -> None:
    """Print a job's status; exit 1 if it failed or was stopped."""
    from medadapt import jobs

    outcome = jobs.status(job_id, address)
    print(f"job {job_id}: {outcome.status}" + (f" ({outcome.message})" if outcome.message else ""))
    if outcome.status in {"FAILED", "STOPPED"}:
        raise typer.Exit(1)


@jobs_app.command("logs")
def jobs_logs(job_id: str, address: AddressOption = None,
              follow: Annotated[bool, typer.Option(help="stream until the job ends")] = False,
              ) -> None:
    """Print a job's logs."""
    from medadapt import jobs

    if follow:
        _report_outcome(jobs.follow(job_id, address), address)
    else:
        print(jobs.logs(job_id, address), end="")


@jobs_app.command("stop")
def jobs_stop(job_id: str, address: AddressOption = None) -> None:
    """Stop a running job."""
    from medadapt import jobs

    print(f"job {job_id}: {'stop requested' if jobs.stop(job_id, address) else 'not running'}")


def _register_planned(name: str, description: str) -> None:
    def planned_stage() -> None:
        _fail(f"stage '{name}' is not built in this version yet ({description})")

    planned_stage.__doc__ = f"[not built yet] {description}."
    app.command(name=name, rich_help_panel=PLANNED_PANEL)(planned_stage)


for _name, _description in PLANNED.items():
    _register_planned(_name, _description)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
