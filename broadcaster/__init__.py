"""broadcaster: playout, Vietnamese speech and airtime reports for commune loudspeaker stations."""

__version__ = "0.1.0"
