"""medadapt: adapt medical language models to a hospital's own records on Ray."""

__version__ = "0.1.0"
