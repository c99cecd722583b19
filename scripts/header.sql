-- policy_ext install script, concatenated by the Makefile from the
-- per-capability files in scripts/ (one per type, named for it).

\echo Use "CREATE EXTENSION policy_ext" to load this file. \quit
