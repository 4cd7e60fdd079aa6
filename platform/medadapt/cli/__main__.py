"""`python -m medadapt.cli ...`: how a Ray job runs the same commands on a cluster."""

from medadapt.cli import main

main()
