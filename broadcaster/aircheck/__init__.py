"""Proof of airing: record what the loudspeakers really got and verify each airing.

Open ``verify.py`` first: the pure decision (where the known audio is in the recording,
how much of it was heard). ``monitor.py`` turns the ``monitor`` setting into a capture
command; ``recorder.py`` is the recording process the daemon starts (hourly Opus files
with a typed index, ``archive.py``); ``evidence.py`` verifies logged airings and stores
the result; ``alarms.py`` judges dead air and wrong air; ``supervisor.py`` is what the
daemon runs.
"""
