"""Analysis over the event store: dedup, dyad tracks, charts, briefing, exports."""
