"""The one place that decides whether a change to a segment needs a leader's approval again.

A leader approves what airs, when, how often and how urgently. Any edit that changes one
of those facts — the words or the recording (what), the validity (when), the repeats (how
often), the level (how urgently), the relay's address and length, or the category (which
voice and jingles the audio gets) — sends an approved segment back for approval. The
title and the notes are the station's own bookkeeping and change nothing on air.
"""

from __future__ import annotations

from typing import Any

from broadcaster.models import Segment

# Segment columns whose value decides what goes out on air, with the label the edit's
# history shows when one of them changes.
AIRING_FACTS: dict[str, str] = {
    "script_text": "kịch bản",
    "source_hash": "tệp ghi âm",
    "recording_path": "tệp ghi âm",
    "category": "chuyên mục",
    "level": "mức tin",
    "repeat_every": "nhắc lại",
    "repeat_for": "nhắc lại",
    "valid_from": "thời hạn",
    "valid_to": "thời hạn",
    "valid_until": "thời hạn",
    "relay_url": "địa chỉ tiếp âm",
    "relay_seconds": "thời lượng tiếp âm",
    "relay_until_slot_end": "thời lượng tiếp âm",
}


def airing_facts(segment: Segment) -> dict[str, Any]:
    """What a leader approved: the values that decide what, when, how often and how
    urgently a segment airs."""
    return {name: getattr(segment, name) for name in AIRING_FACTS}


def reapproval_reasons(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The labels of the airing facts that changed (empty: the approval still holds)."""
    reasons: list[str] = []
    for name, label in AIRING_FACTS.items():
        if before.get(name) != after.get(name) and label not in reasons:
            reasons.append(label)
    return reasons
