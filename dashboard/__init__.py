"""Dashboard: charts of the fact store (built in a later issue)."""
