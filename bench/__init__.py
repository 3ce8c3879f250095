"""Benchmarks: load generators and reports. Run with `make bench`; results in bench/results/."""
