#!/usr/bin/env bash
# The load test while pages change: wrk holds 128 connections on N pages' worth of site (default 100 copies of the
# efforts page) while 10 pages are edited, 10 added and 10 deleted, each timed until served; fails on any socket error
# or non-2xx answer. Loopback only. Usage: scripts/load-test-under-edits.sh [N]   (env as bench/site-scale.sh, SITE=dir)
exec env LOAD=1 "$(dirname "$0")/../bench/site-scale.sh" "${1:-100}"
