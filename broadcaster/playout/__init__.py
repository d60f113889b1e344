"""Playout: what airs when, airing it on the second through the outputs, and the airing log.

Entry points: ``programme`` (pure decisions), ``daemon.Daemon`` (the unattended loop),
``control`` (what the interfaces ask of it: start, status, play now).
"""
