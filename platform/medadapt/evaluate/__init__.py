"""KazMMLU-format multiple-choice evaluation: items, prompts, scoring, metrics, report.

Pure logic, no `import ray`; the Ray Data wiring is `medadapt.pipelines.evaluate`.
"""
