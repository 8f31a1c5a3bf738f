import { InputException, type InvalidField } from '#common';
import { type ResearchPlan, researchPlanSchema, verifyResearchPlan } from '#llm';
import type { StoredResearchPlan } from '../entities/reflection-template-version.entity.js';

/**
 * A plan written by a person is held to the same rules as one written by a model: the output
 * schema (exactly 3 objectives, 4-8 stages of 1-5 questions, ...) and the template's mandatory
 * questions placed verbatim. Returns the trimmed plan or throws BAD_USER_INPUT naming the fields.
 */
export function validateEditedPlan(
  plan: unknown,
  template: { title: string; primaryQuestion: string; goals: string[]; mandatoryQuestions: string[] },
): StoredResearchPlan {
  const parsed = researchPlanSchema.safeParse(plan);
  if (!parsed.success) {
    const fields: InvalidField[] = parsed.error.issues.map((issue) => ({
      field: ['plan', ...issue.path.map(String)].join('.'),
      problems: [issue.message],
    }));
    throw new InputException(`Invalid research plan: ${fields.map((f) => `${f.field} ${f.problems.join(', ')}`).join('; ')}`, fields);
  }
  const problems = verifyResearchPlan(parsed.data, template);
  if (problems.length) {
    throw new InputException(`Invalid research plan: ${problems.join('; ')}`, [{ field: 'plan.stages', problems }]);
  }
  return toStoredPlan(parsed.data);
}

export function toStoredPlan(plan: ResearchPlan): StoredResearchPlan {
  return {
    researchType: plan.researchType,
    framework: plan.framework,
    objectives: [...plan.objectives],
    coreQuestions: [...plan.coreQuestions],
    stages: plan.stages.map((stage) => ({ key: stage.key, title: stage.title, questions: [...stage.questions] })),
    approach: plan.approach,
  };
}
