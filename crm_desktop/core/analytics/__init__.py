"""The office's analysis (issue 6): SQL aggregation over the maintained sales cube."""
