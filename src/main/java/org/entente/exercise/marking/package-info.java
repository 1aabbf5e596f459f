/**
 * Marks every answer inside an exercise (issue 17): a filter finds the exercise a request's address names and marks the request
 * with it ({@link org.entente.web.ExerciseMarking}), which the web layer carries into headers, JSON bodies, problems and pages.
 */
package org.entente.exercise.marking;
