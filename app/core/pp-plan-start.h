/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-start.h: a new plan, started empty, as one institution, or as a
 * city with its counties — the three starts of the New Plan dialog. */

#pragma once

#include "pp-plan.h"

G_BEGIN_DECLS

typedef enum
{
  PP_PLAN_START_EMPTY,
  PP_PLAN_START_INSTITUTION,   /* one unit of a type, named */
  PP_PLAN_START_CITY,          /* a city region with a county region each */
} PpPlanStart;

/* Names typed into one field, split at commas, 、, semicolons and line
 * breaks (ASCII or full-width), trimmed, empty ones dropped. */
GStrv   pp_plan_start_split_names (const char   *text);

/* A new plan. The title and, for an institution or a city, the name must
 * have more than white space; date may be NULL (no date). type is the
 * institution's type (ignored for the other starts); counties may be
 * NULL. The policy is taken as given: the caller offers known packs. */
PpPlan *pp_plan_new_started       (const char         *title,
                                   const char         *policy,
                                   const GDate        *date,
                                   PpPlanStart         start,
                                   const char         *name,
                                   PpUnitType          type,
                                   const char * const *counties,
                                   GError            **error);

G_END_DECLS
