/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-remedy.h: a result's remedy as one command for the editor, so that
 * "Add 4 posts" or "Convert 1 post" is one undoable step. */

#pragma once

#include "pp-check.h"
#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_REMEDY_ERROR (pp_remedy_error_quark ())

typedef enum
{
  PP_REMEDY_ERROR_NONE,        /* the result has no remedy of that way */
  PP_REMEDY_ERROR_NOT_VACANT,  /* too few vacant posts to convert */
} PpRemedyError;

GQuark     pp_remedy_error_quark (void);

/* Adds the line the result asks for at the end of its unit's lines.
 * added (may be NULL) receives that line, its title included. */
PpCommand *pp_remedy_add         (PpPlan          *plan,
                                  const PpResult  *result,
                                  PpPost          *added,
                                  GError         **error);
/* Moves the posts the result asks to convert: vacant posts are taken from
 * the lines that may convert, the line with most vacant posts first, and
 * go to one new line of the kind the result needs. A line left with no
 * posts and no staff is removed. converted (may be NULL) receives the new
 * line. Only vacant posts move, neither filled nor reserved for graduates:
 * a filled post has a holder, whose post is the planner's decision, not
 * the checker's. */
PpCommand *pp_remedy_convert     (PpPlan          *plan,
                                  const PpResult  *result,
                                  PpPost          *converted,
                                  GError         **error);

G_END_DECLS
