"""Integration tiers share one way to start local Ray: a module-scoped 2-CPU instance."""

import pytest


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()
