"""Benchmarks for Keukentafeltaal (`make bench`): figures, not pass/fail tests."""
