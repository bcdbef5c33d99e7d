"""crm-desktop: an offline CRM for a distributor's sales office."""

__version__ = "0.1.0"
