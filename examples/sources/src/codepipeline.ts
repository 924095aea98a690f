// A Lambda invoke action that smoke-tests the build it is given: the stage comes from UserParameters, and
// the result (output variables, a summary) is reported with PutJobSuccessResult; a throw fails the job.
import { router } from '@switchboard/core';
import { CodepipelineJobError, codepipeline } from '@switchboard/sources/codepipeline';
import { z } from 'zod';

const parametersSchema = z.object({ stage: z.enum(['staging', 'production']) });

export const handler = router().on(codepipeline, async (event) => {
  const { data } = event['CodePipeline.job'];
  const parameters = parametersSchema.safeParse(
    JSON.parse(data.actionConfiguration.configuration.UserParameters ?? '{}'),
  );
  if (!parameters.success) throw new CodepipelineJobError('ConfigurationError', 'UserParameters must name a stage');
  const build = data.inputArtifacts[0];
  if (build === undefined) throw new CodepipelineJobError('ConfigurationError', 'The action needs the build as input');
  return {
    outputVariables: { stage: parameters.data.stage, revision: build.revision ?? 'unknown' },
    executionDetails: { summary: `Smoke-tested ${build.name} on ${parameters.data.stage}` },
  };
}).handler;
