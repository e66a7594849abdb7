/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-generate.h: synthetic plans for benchmarks and tests. */

#pragma once

#include "pp-plan.h"

G_BEGIN_DECLS

/* A plan of n_units units (a province, its cities and counties, and
 * institutions under them) holding n_posts post lines in all, the same
 * for the same seed. */
PpPlan *pp_generate_plan (guint    n_units,
                          guint    n_posts,
                          guint32  seed);

G_END_DECLS
