"""Field extractors: one folder per RCP item, cue lists in patterns.py, logic beside, registration in factory.py."""
