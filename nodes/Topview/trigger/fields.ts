import type { INodeProperties } from "n8n-workflow";

/** Emit On of both triggers: which finished tasks start the workflow. */
export const emitOnField: INodeProperties = {
  displayName: "Emit On",
  name: "emitOn",
  type: "options",
  options: [
    { name: "Success or Failure", value: "both" },
    { name: "Success Only", value: "success" },
    { name: "Failure Only", value: "failure" },
  ],
  default: "both",
  description: "Which finished tasks start the workflow",
};

/** The Options of both triggers: Download Result of a successful task's files. */
export const downloadOptionsField: INodeProperties = {
  displayName: "Options",
  name: "options",
  type: "collection",
  placeholder: "Add Option",
  default: {},
  options: [
    {
      displayName: "Download Result",
      name: "downloadResult",
      type: "boolean",
      default: false,
      description:
        "Whether to download a successful task's file into a binary property; a task whose result lists several files gets one per entry, e.g. data_0, data_1",
    },
    {
      displayName: "Put Output File in Field",
      name: "binaryPropertyName",
      type: "string",
      default: "data",
      hint: "The name of the output binary field to put the downloaded file in",
    },
  ],
};
