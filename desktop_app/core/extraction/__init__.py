"""Extracting numbers and names (people, places, organisations) from article text."""
