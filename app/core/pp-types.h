/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-types.h: the vocabulary of rules.md §1 as enums, with their XML names. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  PP_UNIT_ELDERLY_WELFARE,
  PP_UNIT_CHILD_WELFARE,
  PP_UNIT_MINOR_PROTECTION,
  PP_UNIT_RESCUE_STATION,
  PP_UNIT_HONOR_HOME,
  PP_UNIT_WORKER_ASSISTANCE,
  PP_UNIT_WORKER_RIGHTS,
  PP_UNIT_MARRIAGE_FAMILY,
  PP_UNIT_VETERAN_SERVICE,
  PP_UNIT_HOSPITAL,
  PP_UNIT_SCHOOL,
  PP_UNIT_FUNERAL,
  PP_UNIT_HEALTH_SERVICE,
  PP_UNIT_MENTAL_HEALTH,
  PP_UNIT_PSYCH_SERVICE,
  PP_UNIT_DRUG_REHAB,
  PP_UNIT_CORRECTIONS,
  PP_UNIT_DISABILITY_SERVICE,
  PP_UNIT_ADOPTION,
  PP_UNIT_SOCIAL_ASSISTANCE,
  PP_UNIT_TOWNSHIP,
  PP_UNIT_URBAN_COMMUNITY,
  PP_UNIT_RURAL_COMMUNITY,
  PP_UNIT_PRIVATE_SW_ORG,
  PP_UNIT_SOCIAL_ORG,
  PP_UNIT_UNION,
  PP_UNIT_PURCHASED_PROJECT,
  PP_UNIT_REGION,
  PP_UNIT_OTHER,
  PP_N_UNIT_TYPES
} PpUnitType;

typedef enum
{
  PP_REGION_NONE,
  PP_REGION_PROVINCE,
  PP_REGION_CITY,
  PP_REGION_COUNTY,
  PP_N_REGION_LEVELS
} PpRegionLevel;

typedef enum
{
  PP_CATEGORY_NONE,
  PP_CATEGORY_MANAGEMENT,
  PP_CATEGORY_PROFESSIONAL,
  PP_CATEGORY_SKILLED,
  PP_N_CATEGORIES
} PpCategory;

/* Ordered: a higher certificate satisfies a lower requirement. */
typedef enum
{
  PP_CERT_NONE,
  PP_CERT_WORKER,
  PP_CERT_ASSISTANT,
  PP_CERT_INTERMEDIATE,
  PP_CERT_SENIOR,
  PP_N_CERTS
} PpCertificate;

/* Ordered from best to worst so that MAX() gives the worst status. */
typedef enum
{
  PP_STATUS_PASS,
  PP_STATUS_NA,
  PP_STATUS_WARN,
  PP_STATUS_FAIL,
  PP_N_STATUSES
} PpStatus;

typedef enum
{
  PP_SEVERITY_MANDATORY,
  PP_SEVERITY_ADVISORY,
  PP_SEVERITY_ALLOWANCE,
  PP_SEVERITY_TARGET,
  PP_SEVERITY_INFORMATIONAL,
  PP_N_SEVERITIES
} PpSeverity;

typedef enum
{
  PP_FIELD_NONE,
  PP_FIELD_SOCIAL_WELFARE,
  PP_FIELD_SOCIAL_ASSISTANCE,
  PP_FIELD_CHARITY,
  PP_FIELD_COMMUNITY,
  PP_FIELD_MARRIAGE_FAMILY,
  PP_FIELD_MENTAL_HEALTH,
  PP_FIELD_DISABILITY_REHAB,
  PP_FIELD_EDUCATION,
  PP_FIELD_EMPLOYMENT,
  PP_FIELD_WORKER_SUPPORT,
  PP_FIELD_CRIME_PREVENTION,
  PP_FIELD_DRUG_REHAB,
  PP_FIELD_CORRECTIONS,
  PP_FIELD_HEALTH,
  PP_FIELD_MEDIATION,
  PP_FIELD_EMERGENCY,
  PP_N_FIELDS
} PpField;

typedef enum
{
  PP_DRIVER_WORKERS,
  PP_DRIVER_POPULATION,
  PP_DRIVER_STUDENTS,
  PP_DRIVER_RECIPIENTS,
  PP_N_DRIVERS
} PpDriver;

/* Each *_from_string returns FALSE for a name that is not in the table. */
gboolean     pp_unit_type_from_string    (const char     *name,
                                          PpUnitType     *out);
const char  *pp_unit_type_to_string      (PpUnitType      type);
const char  *pp_unit_type_get_label      (PpUnitType      type);

gboolean     pp_region_level_from_string (const char     *name,
                                          PpRegionLevel  *out);
const char  *pp_region_level_to_string   (PpRegionLevel   level);

gboolean     pp_category_from_string     (const char     *name,
                                          PpCategory     *out);
const char  *pp_category_to_string       (PpCategory      category);
const char  *pp_category_get_label       (PpCategory      category);
void         pp_category_get_level_range (PpCategory      category,
                                          int            *min_level,
                                          int            *max_level);

gboolean     pp_certificate_from_string  (const char     *name,
                                          PpCertificate  *out);
const char  *pp_certificate_to_string    (PpCertificate   certificate);
const char  *pp_certificate_get_label    (PpCertificate   certificate);

const char  *pp_status_to_string         (PpStatus        status);
const char  *pp_status_get_label         (PpStatus        status);

gboolean     pp_severity_from_string     (const char     *name,
                                          PpSeverity     *out);
const char  *pp_severity_to_string       (PpSeverity      severity);

gboolean     pp_field_from_string        (const char     *name,
                                          PpField        *out);
const char  *pp_field_to_string          (PpField         field);
const char  *pp_field_get_label          (PpField         field);

gboolean     pp_driver_from_string       (const char     *name,
                                          PpDriver       *out);
const char  *pp_driver_to_string         (PpDriver        driver);

G_END_DECLS
