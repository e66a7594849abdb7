/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-test-util.h: small builders so that rule tests read like the worked
 * examples of rules.md. */

#pragma once

#include "pp-check.h"
#include "pp-plan.h"

G_BEGIN_DECLS

/* A plan dated 2026-11-22. */
PpPlan         *pp_test_plan_new   (void);
PpUnit         *pp_test_unit       (PpPlan        *plan,
                                    PpUnit        *parent,
                                    PpUnitType     type,
                                    guint          flags);
PpUnit         *pp_test_region     (PpPlan        *plan,
                                    PpUnit        *parent,
                                    PpRegionLevel  level,
                                    const char    *name);
/* Returns the new post's id (posts move as lines are added). */
const char     *pp_test_post       (PpPlan        *plan,
                                    PpUnit        *unit,
                                    PpCategory     category,
                                    int            level,
                                    guint          count,
                                    guint          filled,
                                    guint          flags);
PpStaff        *pp_test_staff      (PpPlan        *plan,
                                    PpUnit        *unit,
                                    const char    *post_id,
                                    PpCertificate  certificate);
PpPost         *pp_test_find_post  (PpUnit        *unit,
                                    const char    *post_id);

/* Checks the plan against pack_id (plus national) on date (NULL: the
 * plan's date) and returns the check; fails the test on error. */
PpCheck        *pp_test_check      (PpPlan        *plan,
                                    const char    *pack_id,
                                    const char    *date);
/* The result of rule_id for unit (NULL: the plan), or NULL when none. */
const PpResult *pp_test_result     (PpCheck       *check,
                                    const char    *rule_id,
                                    PpUnit        *unit);

/* Asserts a result's status and figures; -1 skips a figure. */
#define pp_assert_result(r, st, a_, n_, add_, convert_)                       \
  G_STMT_START {                                                             \
    const PpResult *r__ = (r);                                               \
    g_assert_nonnull (r__);                                                  \
    g_assert_cmpstr (pp_status_to_string (r__->status), ==, pp_status_to_string (st)); \
    if ((a_) >= 0) g_assert_cmpint (r__->a, ==, (a_));                       \
    if ((n_) >= 0) g_assert_cmpint (r__->n, ==, (n_));                       \
    if ((add_) != -2) g_assert_cmpint (r__->add, ==, (add_));                \
    if ((convert_) != -2) g_assert_cmpint (r__->convert, ==, (convert_));    \
  } G_STMT_END

/* The bundled sample plan (data/samples/chifeng-sample.xml), checked
 * against its own pack. */
PpCheck        *pp_test_sample_check (void);

/* A path in a directory of this test process's own. */
char           *pp_test_tmp_path   (const char    *name);

/* Sets up the test data directory from the build environment. */
void            pp_test_init       (int           *argc,
                                    char        ***argv);

G_END_DECLS
