"""The distributor's rules from the seeds: ABC classes, receivables, warnings."""
