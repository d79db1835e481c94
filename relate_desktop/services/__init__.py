"""Use cases: each call owns its transaction and returns frozen records, never live rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from relate_desktop.services.audit import AuditService
from relate_desktop.services.changes import ChangeService
from relate_desktop.services.customer_data import CustomerDataService
from relate_desktop.services.customers import CustomerService
from relate_desktop.services.demo import DemoService
from relate_desktop.services.duplicates import DuplicateService
from relate_desktop.services.escalations import EscalationService
from relate_desktop.services.export import ExportService
from relate_desktop.services.follow_ups import FollowUpService
from relate_desktop.services.importing import ImportService
from relate_desktop.services.insights import InsightsService
from relate_desktop.services.lookup import LookupService
from relate_desktop.services.merging import MergeService
from relate_desktop.services.promises import PromiseService
from relate_desktop.services.remarks import RemarkService
from relate_desktop.services.shop import ShopService
from relate_desktop.services.staff import StaffService
from relate_desktop.services.today import TodayService


@dataclass(frozen=True)
class Services:
    """The services one open database offers; handed to the windows that need them."""

    shop: ShopService
    staff: StaffService
    lookup: LookupService
    customers: CustomerService
    remarks: RemarkService
    escalations: EscalationService
    promises: PromiseService
    export: ExportService
    demo: DemoService
    customer_data: CustomerDataService
    audit: AuditService
    changes: ChangeService
    insights: InsightsService
    follow_ups: FollowUpService
    today: TodayService
    importing: ImportService
    duplicates: DuplicateService
    merging: MergeService

    @classmethod
    def over(cls, sessions: sessionmaker[Session]) -> Services:
        return cls(
            shop=ShopService(sessions),
            staff=StaffService(sessions),
            lookup=LookupService(sessions),
            customers=CustomerService(sessions),
            remarks=RemarkService(sessions),
            escalations=EscalationService(sessions),
            promises=PromiseService(sessions),
            export=ExportService(sessions),
            demo=DemoService(sessions),
            customer_data=CustomerDataService(sessions),
            audit=AuditService(sessions),
            changes=ChangeService(sessions),
            insights=InsightsService(sessions),
            follow_ups=FollowUpService(sessions),
            today=TodayService(sessions),
            importing=ImportService(sessions),
            duplicates=DuplicateService(sessions),
            merging=MergeService(sessions),
        )
