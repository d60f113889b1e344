"""The station's catalogue: segments and their scripts, slots, bookings and the day plan.

Entry points: ``segments.add_segment``, ``slots.add_slot``, ``bookings.book_segment`` and
``planning.plan_day`` (whose pure ``fit_entries`` decides what fits a slot).
"""
