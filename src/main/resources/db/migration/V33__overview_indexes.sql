-- The Staff careers overview in Cockpit (GET /api/overview/year) counts each school's cases through its staff:
-- school -> staff_member (staff_member_school) -> each table by staff_id. appraisal (unique staff and period),
-- hlta_candidacy, development_plan and performance_concern have that index already; capability_case lacked it.
create index capability_case_staff on capability_case (staff_id);
