import type { CodepipelineEvent } from './schema.js';

/** A job for a Lambda invoke action that reads the build output and writes a report. */
export function sampleCodepipelineEvent(): CodepipelineEvent {
  return {
    'CodePipeline.job': {
      id: '7f1d3c2a-5b8e-4e6f-9a0b-1c2d3e4f5a6b',
      accountId: '123456789012',
      data: {
        actionConfiguration: {
          configuration: { FunctionName: 'release-smoke-test', UserParameters: '{"stage":"staging"}' },
        },
        inputArtifacts: [
          {
            name: 'BuildOutput',
            revision: '9b2e4c6d8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c',
            location: {
              type: 'S3',
              s3Location: {
                bucketName: 'codepipeline-us-east-2-483920571834',
                objectKey: 'orders-service/BuildOutpu/Xk3v9Qa.zip',
              },
            },
          },
        ],
        outputArtifacts: [
          {
            name: 'SmokeTestReport',
            revision: null,
            location: {
              type: 'S3',
              s3Location: {
                bucketName: 'codepipeline-us-east-2-483920571834',
                objectKey: 'orders-service/SmokeTest/Lp8rT2w.zip',
              },
            },
          },
        ],
        artifactCredentials: {
          accessKeyId: 'ASIAQX3EXAMPLE7KD2NR',
          secretAccessKey: 'tFq8Vz1kEXAMPLEKEYu5Nw0pRr3Ld9Ys6Hc2Jm',
          sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKENmZ2hpamtsbW5vcHFyc3R1dnd4eXo=',
        },
      },
    },
  };
}
