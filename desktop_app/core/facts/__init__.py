"""What each number of an article measures: its subject, relation and period (the figures
table). Pure functions on plain values; :func:`find_facts` is the entry."""
