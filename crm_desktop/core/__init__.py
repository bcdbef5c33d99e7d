"""The Qt-free core: models, repositories, services, importers, rules, analytics, reports."""
