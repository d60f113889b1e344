"""Vietnamese speech: text normalization, TTS engines, rendering to loudness-normalized audio.

Entry points: ``textnorm.normalize.normalize_text`` (what the machine will read),
``engines.registry.build_engine`` (engines by name) and ``render.Renderer``.
"""
