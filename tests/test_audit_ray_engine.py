"""The Ray engine on a local two-CPU Ray instance gives the same results as the local engine."""
from __future__ import annotations

import pytest

from audit_support import read_results
from tcheck.audit import AuditOptions, load_manifest, run_audit


def test_ray_engine_matches_local_engine(audited_archive, tmp_path):
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        specs = load_manifest(audited_archive.manifest)
        outcome = run_audit(specs, audited_archive.manifest.parent,
                            AuditOptions(out=tmp_path / "out", workers=2, engine="ray", progress=False))
    finally:
        ray.shutdown()
    local = read_results(audited_archive.out)
    remote = read_results(tmp_path / "out")
    assert outcome.checked == len(specs) and outcome.errors == sum(r["status"] == "error" for r in local)

    def essence(rows):
        return [(r["id"], r["status"], r["counts"], r["severity"], r["chrf"], r["error"]) for r in rows]

    assert essence(remote) == essence(local)


def test_an_address_with_no_cluster_is_one_line():
    pytest.importorskip("ray")
    from tcheck.audit import ray_engine
    from tcheck.audit.records import WorkerSettings
    from tcheck.errors import TcheckError

    with pytest.raises(TcheckError, match="--ray-address auto: Could not find any running Ray instance"):
        ray_engine.run([], WorkerSettings(), 1, lambda *_: None, address="auto")
