import type { INodeProperties, IWebhookFunctions } from "n8n-workflow";
import { isSuccess } from "../shared/families";
import { allEvents, bizTypeOptions } from "./bizTypes";
import { downloadOptionsField, emitOnField } from "../trigger/fields";

export type EmitOn = "both" | "success" | "failure";

export const callbackProperties: INodeProperties[] = [
  {
    displayName:
      "Paste this node's Production URL (above) into the Callback URL option of a Topview Submit. Topview calls it when the task ends; the task is checked with Topview before the workflow starts, and starts it once.",
    name: "notice",
    type: "notice",
    default: "",
  },
  {
    displayName: "Events",
    name: "events",
    type: "multiOptions",
    options: [
      {
        name: "All",
        value: allEvents,
        description:
          "Every finished task, also of task types Topview adds later",
      },
      ...bizTypeOptions(),
    ],
    default: [allEvents],
    description:
      "Which kinds of tasks start the workflow, by the bizType Topview reports",
  },
  emitOnField,
  downloadOptionsField,
];

export interface CallbackSettings {
  accepts(bizType: string): boolean;
  wanted(status: string): boolean;
  download?: { binaryPropertyName: string };
}

/** Reads the node's parameters into the filters one callback is handled with. */
export function settingsOf(context: IWebhookFunctions): CallbackSettings {
  const events = context.getNodeParameter("events", [allEvents]) as string[];
  const emitOn = context.getNodeParameter("emitOn", "both") as EmitOn;
  const options = context.getNodeParameter("options", {}) as {
    downloadResult?: boolean;
    binaryPropertyName?: string;
  };
  const selected = new Set(events);
  return {
    accepts: (bizType) => selected.has(allEvents) || selected.has(bizType),
    wanted: (status) =>
      emitOn === "both" || (emitOn === "success") === isSuccess(status),
    download: options.downloadResult
      ? { binaryPropertyName: options.binaryPropertyName || "data" }
      : undefined,
  };
}
