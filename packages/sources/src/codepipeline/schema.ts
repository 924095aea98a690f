import * as z from 'zod/mini';

/** An input or output artifact of the action, stored in the pipeline's S3 artifact store. */
const artifactSchema = z.object({
  name: z.string(),
  // null for output artifacts and for inputs without a revision (corpus: example-codepipeline_job-event.json).
  revision: z.nullable(z.string()),
  location: z.object({
    type: z.string(),
    s3Location: z.object({ bucketName: z.string(), objectKey: z.string() }),
  }),
});

/**
 * The job a pipeline's Lambda invoke action sends. The function must report
 * the job's outcome with PutJobSuccessResult or PutJobFailureResult; the
 * `codepipeline` source makes that call from what the handler returns.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/userguide/actions-invoke-lambda-function.html
 */
export const codepipelineEventSchema = z.object({
  'CodePipeline.job': z.object({
    id: z.string(),
    accountId: z.string(),
    data: z.object({
      actionConfiguration: z.object({
        configuration: z.object({
          FunctionName: z.string(),
          // Absent when the action configures no user parameters.
          UserParameters: z.exactOptional(z.string()),
        }),
      }),
      inputArtifacts: z.array(artifactSchema),
      outputArtifacts: z.array(artifactSchema),
      // Temporary credentials scoped to the artifact store, for reading inputs and writing outputs.
      artifactCredentials: z.object({
        accessKeyId: z.string(),
        secretAccessKey: z.string(),
        // Sent with every job (the credentials are temporary); optional here as in @types/aws-lambda's
        // CodePipelineEvent, so that a CodePipelineHandler mounts without a cast.
        sessionToken: z.exactOptional(z.string()),
      }),
      // Present when the artifact store is encrypted with a customer managed KMS key.
      encryptionKey: z.exactOptional(z.object({ id: z.string(), type: z.string() })),
      // Present when a previous run of this job answered with a continuation token.
      continuationToken: z.exactOptional(z.string()),
    }),
  }),
});

export type CodepipelineEvent = z.output<typeof codepipelineEventSchema>;
export type CodepipelineJob = CodepipelineEvent['CodePipeline.job'];

/** The execution details shown in the CodePipeline console for the action. */
export interface CodepipelineExecutionDetails {
  /** Up to 2,048 characters. */
  readonly summary?: string;
  /** Up to 1,500 characters: an id of the work in another system (a deployment id, say). */
  readonly externalExecutionId?: string;
  /** 0 to 100. */
  readonly percentComplete?: number;
}

/** The revision the job worked on, for actions that produce one. */
export interface CodepipelineCurrentRevision {
  readonly revision: string;
  readonly changeIdentifier: string;
  readonly created?: Date;
  readonly revisionSummary?: string;
}

interface CodepipelineSuccessFields {
  readonly executionDetails?: CodepipelineExecutionDetails;
  readonly currentRevision?: CodepipelineCurrentRevision;
}

/**
 * What a handler returns when the job succeeded (or returns nothing). A
 * `continuationToken` says the work is still in progress: CodePipeline
 * invokes the function again with the token in `data.continuationToken`.
 * Output variables are allowed only on the final answer, without a token.
 *
 * @see https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PutJobSuccessResult.html
 */
export type CodepipelineResult = CodepipelineSuccessFields &
  (
    | { readonly continuationToken: string; readonly outputVariables?: never }
    | { readonly continuationToken?: never; readonly outputVariables?: Readonly<Record<string, string>> }
  );

/** How CodePipeline classifies a failed job. */
export type CodepipelineFailureType =
  | 'JobFailed'
  | 'ConfigurationError'
  | 'PermissionError'
  | 'RevisionOutOfSync'
  | 'RevisionUnavailable'
  | 'SystemUnavailable';
