/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-check.h: checks a plan against the pack in force (plus national),
 * keeps the results, and re-checks one unit after an edit. */

#pragma once

#include <gio/gio.h>

#include "pp-fraction.h"
#include "pp-pack.h"
#include "pp-plan.h"

G_BEGIN_DECLS

#define PP_CHECK_ERROR (pp_check_error_quark ())

typedef enum
{
  PP_CHECK_ERROR_UNKNOWN_POLICY,
  PP_CHECK_ERROR_BAD_OVERRIDE,
} PpCheckError;

typedef struct _PpCheckRule PpCheckRule;

/* One result of one rule for one unit (unit NULL: the whole plan). The
 * figures are kept as numbers; words are made only when shown. */
typedef struct
{
  const PpCheckRule *rule;
  PpUnit            *unit;
  guint8             status;     /* PpStatus */
  guint8             detail;     /* kind-specific: which reason, which cap */
  guint16            group;      /* kind-specific: which group or band */
  gint64             a;          /* the actual figure (numerator, count) */
  gint64             n;          /* its denominator, or the figure required */
  gint64             add;        /* remedies; -1 when that way does not exist */
  gint64             convert;
  gint64             remove;
} PpResult;

typedef enum
{
  PP_NOTICE_POLICY_EXPIRED,
  PP_NOTICE_OVERRIDE,
  PP_NOTICE_READING,
} PpNoticeKind;

typedef struct
{
  PpNoticeKind kind;
  const char  *pack;    /* pack id */
  const char  *rule;    /* rule id, for overrides and readings */
  const char  *param;
  const char  *value;
  GDate        date;    /* policy-expired: the last day in force */
} PpNotice;

#define PP_TYPE_CHECK (pp_check_get_type ())
G_DECLARE_FINAL_TYPE (PpCheck, pp_check, PP, CHECK, GObject)

GQuark          pp_check_error_quark      (void);

/* packs: the regional pack first, then national (either may be NULL).
 * date: the plan date to check for; NULL or invalid uses the plan's own,
 * else today. Fails on an override of an unknown rule or parameter. */
PpCheck        *pp_check_new              (PpPlan        *plan,
                                           PpPack        *regional,
                                           PpPack        *national,
                                           const GDate   *date,
                                           GError       **error);

/* Loads the packs a plan names (or policy_id when not NULL) from the
 * shipped directory and builds a check. */
PpCheck        *pp_check_new_for_plan     (PpPlan        *plan,
                                           const char    *policy_id,
                                           const GDate   *date,
                                           GError       **error);

void            pp_check_run              (PpCheck       *self);

/* After an edit of one unit (fields, posts or staff): re-checks it and
 * every roll-up it feeds, without re-checking the rest of the plan. A unit
 * with children is re-checked with its subtree, which reads it (a city's
 * name, a province's level). A unit added to the plan since the last run
 * is checked for the first time. */
void            pp_check_update_unit      (PpCheck       *self,
                                           PpUnit        *unit);

PpPlan         *pp_check_get_plan         (PpCheck       *self);
const GDate    *pp_check_get_date         (PpCheck       *self);
PpPack         *pp_check_get_pack         (PpCheck       *self);
guint           pp_check_get_count        (PpCheck       *self,
                                           PpStatus       status);

const PpResult *pp_check_get_unit_results (PpCheck       *self,
                                           PpUnit        *unit,
                                           guint         *n_results);
const PpResult *pp_check_get_plan_results (PpCheck       *self,
                                           guint         *n_results);
/* The worst status among a unit's own results; PASS when it has none. */
PpStatus        pp_check_get_unit_status  (PpCheck       *self,
                                           PpUnit        *unit);
const PpNotice *pp_check_get_notices      (PpCheck       *self,
                                           guint         *n_notices);

const PpRule   *pp_result_get_rule        (const PpResult *result);
/* "13/20", "1", "3"; what the rule requires: ">= 70%", ">= 2", "== 2". */
char           *pp_result_format_actual   (const PpResult *result);
char           *pp_result_format_required (const PpResult *result);
/* The actual figure in words: "13 of 20 (65.0%)". */
char           *pp_result_format_actual_words (const PpResult *result);
/* The full message in the current language: the rule's own sentence with
 * its figures, then the remedy or the reason it could not be evaluated. */
char           *pp_result_format_message  (const PpResult *result);
/* The post line that adding posts as the remedy would add (title, category,
 * level, flags and counts filled in; id left NULL), or FALSE when the
 * result has no "add" remedy in posts of one kind. */
gboolean        pp_result_get_added_posts (const PpResult *result,
                                           PpPost         *post);
/* The "convert" remedy: the line converted posts go to (its count the
 * posts to convert), or FALSE when the result has no such remedy; and
 * whether a post of the unit's lines is one that may be converted. */
gboolean        pp_result_get_converted_posts (const PpResult *result,
                                               PpPost         *post);
gboolean        pp_result_post_converts   (const PpResult *result,
                                           const PpPost   *post);
/* For a result that measures a share (result->a of result->n): the bound
 * and threshold it is held to, as the overview draws them. FALSE for
 * counts, presence and results that could not be evaluated. */
gboolean        pp_result_get_share       (const PpResult *result,
                                           PpBound        *bound,
                                           PpFraction     *threshold);
/* For a result of a qualification rule: the certificate the holders of
 * post need (a higher one satisfies it). FALSE when the rule asks none
 * of that post, or is no qualification rule. */
gboolean        pp_result_get_required_certificate (const PpResult *result,
                                                    const PpPost   *post,
                                                    PpCertificate  *certificate);
/* Further lines naming the post lines or staff records at fault; NULL
 * when there are none. */
char           *pp_result_format_details  (const PpResult *result);

G_END_DECLS
