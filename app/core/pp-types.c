/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-types"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-types.h"

static const char * const unit_type_names[PP_N_UNIT_TYPES] = {
  "elderly-welfare", "child-welfare", "minor-protection", "rescue-station",
  "honor-home", "worker-assistance", "worker-rights", "marriage-family",
  "veteran-service", "hospital", "school", "funeral", "health-service",
  "mental-health", "psych-service", "drug-rehab", "corrections",
  "disability-service", "adoption", "social-assistance", "township",
  "urban-community", "rural-community", "private-sw-org", "social-org",
  "union", "purchased-project", "region", "other",
};

static const char * const unit_type_labels[PP_N_UNIT_TYPES] = {
  N_("Elderly welfare institution"),
  N_("Children's welfare institution"),
  N_("Minor protection centre"),
  N_("Rescue and relief station"),
  N_("Honour home"),
  N_("Worker assistance centre"),
  N_("Worker rights office"),
  N_("Marriage and family service"),
  N_("Veteran service institution"),
  N_("Hospital"),
  N_("School"),
  N_("Funeral service"),
  N_("Health service institution"),
  N_("Mental health institution"),
  N_("Psychological service institution"),
  N_("Drug rehabilitation institution"),
  N_("Community corrections"),
  N_("Disability service institution"),
  N_("Adoption service"),
  N_("Social assistance service"),
  N_("Township or street"),
  N_("Urban community"),
  N_("Rural community"),
  N_("Private social-work organisation"),
  N_("Social organisation"),
  N_("Trade union"),
  N_("Purchased service project"),
  N_("Region"),
  N_("Other unit"),
};

static const char * const region_level_names[PP_N_REGION_LEVELS] = {
  "", "province", "city", "county",
};

static const char * const category_names[PP_N_CATEGORIES] = {
  "", "management", "professional", "skilled",
};

static const char * const category_labels[PP_N_CATEGORIES] = {
  N_("No category"),
  N_("Management"),
  N_("Professional-technical"),
  N_("Skilled worker"),
};

static const char * const certificate_names[PP_N_CERTS] = {
  "none", "worker", "assistant", "intermediate", "senior",
};

static const char * const certificate_labels[PP_N_CERTS] = {
  N_("No certificate"),
  N_("Social-work aide"),
  N_("Assistant social worker"),
  N_("Social worker"),
  N_("Senior social worker"),
};

static const char * const status_names[PP_N_STATUSES] = {
  "pass", "na", "warn", "fail",
};

static const char * const status_labels[PP_N_STATUSES] = {
  N_("Pass"),
  N_("Not applicable"),
  N_("Warning"),
  N_("Fail"),
};

static const char * const severity_names[PP_N_SEVERITIES] = {
  "mandatory", "advisory", "allowance", "target", "informational",
};

static const char * const field_names[PP_N_FIELDS] = {
  "", "social-welfare", "social-assistance", "charity", "community",
  "marriage-family", "mental-health", "disability-rehab", "education",
  "employment", "worker-support", "crime-prevention", "drug-rehab",
  "corrections", "health", "mediation", "emergency",
};

static const char * const field_labels[PP_N_FIELDS] = {
  N_("Not given"),
  N_("Social welfare"),
  N_("Social assistance"),
  N_("Charity"),
  N_("Community building"),
  N_("Marriage and family"),
  N_("Mental health"),
  N_("Disability rehabilitation"),
  N_("Education and guidance"),
  N_("Employment assistance"),
  N_("Worker support"),
  N_("Crime prevention"),
  N_("Drug rehabilitation"),
  N_("Corrections and rehabilitation"),
  N_("Health"),
  N_("Dispute mediation"),
  N_("Emergency response"),
};

static const char * const driver_names[PP_N_DRIVERS] = {
  "workers", "population", "students", "recipients",
};

static gboolean
lookup (const char * const *names,
        guint               n_names,
        const char         *name,
        guint              *out)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      /* The empty slot stands for "absent" and is never a valid spelling. */
      if (names[i][0] != '\0' && strcmp (names[i], name) == 0)
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_LOOKUP(func, Type, table)                      \
  gboolean                                                    \
  func (const char *name,                                     \
        Type       *out)                                      \
  {                                                           \
    guint value;                                              \
    if (!lookup (table, G_N_ELEMENTS (table), name, &value))  \
      return FALSE;                                           \
    *out = (Type) value;                                      \
    return TRUE;                                              \
  }

DEFINE_LOOKUP (pp_unit_type_from_string, PpUnitType, unit_type_names)
DEFINE_LOOKUP (pp_region_level_from_string, PpRegionLevel, region_level_names)
DEFINE_LOOKUP (pp_category_from_string, PpCategory, category_names)
DEFINE_LOOKUP (pp_certificate_from_string, PpCertificate, certificate_names)
DEFINE_LOOKUP (pp_severity_from_string, PpSeverity, severity_names)
DEFINE_LOOKUP (pp_field_from_string, PpField, field_names)
DEFINE_LOOKUP (pp_driver_from_string, PpDriver, driver_names)

const char *
pp_unit_type_to_string (PpUnitType type)
{
  g_return_val_if_fail (type < PP_N_UNIT_TYPES, NULL);
  return unit_type_names[type];
}

const char *
pp_unit_type_get_label (PpUnitType type)
{
  g_return_val_if_fail (type < PP_N_UNIT_TYPES, NULL);
  return _(unit_type_labels[type]);
}

const char *
pp_region_level_to_string (PpRegionLevel level)
{
  g_return_val_if_fail (level < PP_N_REGION_LEVELS, NULL);
  return region_level_names[level];
}

const char *
pp_category_to_string (PpCategory category)
{
  g_return_val_if_fail (category < PP_N_CATEGORIES, NULL);
  return category_names[category];
}

const char *
pp_category_get_label (PpCategory category)
{
  g_return_val_if_fail (category < PP_N_CATEGORIES, NULL);
  return _(category_labels[category]);
}

void
pp_category_get_level_range (PpCategory  category,
                             int        *min_level,
                             int        *max_level)
{
  static const int ranges[PP_N_CATEGORIES][2] = {
    { -1, -1 },  /* no category: no level range */
    {  1, 10 },
    {  1, 13 },
    {  0,  5 },
  };

  g_return_if_fail (category < PP_N_CATEGORIES);
  *min_level = ranges[category][0];
  *max_level = ranges[category][1];
}

const char *
pp_certificate_to_string (PpCertificate certificate)
{
  g_return_val_if_fail (certificate < PP_N_CERTS, NULL);
  return certificate_names[certificate];
}

const char *
pp_certificate_get_label (PpCertificate certificate)
{
  g_return_val_if_fail (certificate < PP_N_CERTS, NULL);
  return _(certificate_labels[certificate]);
}

const char *
pp_status_to_string (PpStatus status)
{
  g_return_val_if_fail (status < PP_N_STATUSES, NULL);
  return status_names[status];
}

const char *
pp_status_get_label (PpStatus status)
{
  g_return_val_if_fail (status < PP_N_STATUSES, NULL);
  return _(status_labels[status]);
}

const char *
pp_severity_to_string (PpSeverity severity)
{
  g_return_val_if_fail (severity < PP_N_SEVERITIES, NULL);
  return severity_names[severity];
}

const char *
pp_field_to_string (PpField field)
{
  g_return_val_if_fail (field < PP_N_FIELDS, NULL);
  return field_names[field];
}

const char *
pp_field_get_label (PpField field)
{
  g_return_val_if_fail (field < PP_N_FIELDS, NULL);
  return _(field_labels[field]);
}

const char *
pp_driver_to_string (PpDriver driver)
{
  g_return_val_if_fail (driver < PP_N_DRIVERS, NULL);
  return driver_names[driver];
}
