"""Speech engines behind one interface (``base.Engine``), found by name in ``registry``."""
