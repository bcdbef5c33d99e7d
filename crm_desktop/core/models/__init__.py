"""SQLModel tables. Importing this package registers every table on `SQLModel.metadata`."""

from crm_desktop.core.models.analytics import (
    AnalyticsHorizon,
    CustomerMonth,
    MonthCube,
    SalesCube,
    customer_rollup,
)
from crm_desktop.core.models.audit import AuditEvent
from crm_desktop.core.models.customer import (
    Credit,
    Customer,
    CustomerTag,
    ImportBatch,
    Owner,
    Setting,
    Tag,
)
from crm_desktop.core.models.operator import CustomerShare, Operator
from crm_desktop.core.models.records import (
    Complaint,
    Contact,
    Contract,
    CustomerOrigin,
    ImportMapping,
    KeyPerson,
    Licence,
    Note,
    Opportunity,
    Payment,
    Plan,
    Product,
    Sale,
)

__all__ = [
    "AnalyticsHorizon",
    "AuditEvent",
    "Complaint",
    "CustomerMonth",
    "MonthCube",
    "SalesCube",
    "customer_rollup",
    "Contact",
    "Contract",
    "CustomerOrigin",
    "KeyPerson",
    "Credit",
    "Customer",
    "CustomerShare",
    "CustomerTag",
    "ImportBatch",
    "ImportMapping",
    "Licence",
    "Note",
    "Opportunity",
    "Operator",
    "Owner",
    "Payment",
    "Plan",
    "Product",
    "Sale",
    "Setting",
    "Tag",
]
